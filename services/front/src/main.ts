import { runService } from '@phoihop/core';
import { front } from './index';

void runService(front);
