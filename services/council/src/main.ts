import { runService } from '@phoihop/core';
import { council } from './index';

void runService(council);
