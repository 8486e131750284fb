import { runService } from '@phoihop/core';
import { committee } from './index';

void runService(committee);
