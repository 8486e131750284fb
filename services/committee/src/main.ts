import { runService } from '@phoihop/core';
import { denouncerBox } from './denouncers/denouncer-vault';
import { committee } from './index';

// A production process without DENOUNCER_KEY stops here, naming the variable.
denouncerBox();
void runService(committee);
