import { DirectoryService } from '../directory/directory.service';
import type { Resolvers } from '../generated/graphql';

export const denouncerResolvers: Resolvers = {
  DenouncerRead: {
    reader: (r, _, ctx) => new DirectoryService(ctx).official(r.officialId),
  },
};
