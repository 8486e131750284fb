import { runService } from '@phoihop/core';
import { notifications } from './index';

void runService(notifications);
