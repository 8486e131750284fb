import { isUuid, notFound } from '@phoihop/core';
import { DeadlinesService } from '../deadlines/deadlines.service';
import type { Resolvers } from '../generated/graphql';
import { InboxService } from './inbox.service';

export const inboxResolvers: Resolvers = {
  Query: {
    me: (_, __, ctx) => {
      ctx.access.requireSignedIn();
      return {};
    },
  },
  Mutation: {
    markNotificationRead: (_, { id }, ctx) => {
      const inbox = new InboxService(ctx);
      if (!isUuid(id)) throw notFound('Notification', id, 'id');
      return inbox.markRead(id);
    },
    markAllNotificationsRead: (_, __, ctx) => new InboxService(ctx).markAllRead(),
  },
  Me: {
    notifications: (_, args, ctx) => new InboxService(ctx).list(args),
    unreadCount: (_, __, ctx) => new InboxService(ctx).unreadCount(),
  },
  Notification: {
    recipient: (n) => ({ type: n.recipientType, id: n.recipientId }),
    jurisdiction: (n) => ({ id: n.jurisdictionId }),
    deadline: (n, _, ctx) => new DeadlinesService(ctx).forItem(n.itemId),
    read: (n) => n.readAt !== null,
  },
};
