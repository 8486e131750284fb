import type { ServiceDefinition } from '@phoihop/core';
import { committee } from '@phoihop/committee';
import { council } from '@phoihop/council';
import { front } from '@phoihop/front';
import { notifications } from '@phoihop/notifications';

/** Every subgraph service, in start order. */
export const services: ServiceDefinition[] = [council, committee, front, notifications];
