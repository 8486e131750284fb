import { UnrecoverableError } from 'bullmq';
import nodemailer from 'nodemailer';
import type { RenderedEmail } from '../render';

// Deliberately simple: one @, no spaces, a dotted domain. The SMTP server has the last word.
const ADDRESS = /^[^\s@<>(),;:"]+@[^\s@<>(),;:"]+\.[^\s@<>(),;:"]+$/;

export const isEmailAddress = (address: string): boolean => ADDRESS.test(address);

export interface Mailer {
  send(to: string, message: RenderedEmail, o: { messageId: string }): Promise<void>;
  close(): void;
}

export function createMailer(smtpUrl: string, from: string): Mailer {
  const transport = nodemailer.createTransport(smtpUrl);
  return {
    async send(to, message, { messageId }) {
      if (!isEmailAddress(to)) throw new UnrecoverableError(`malformed email address: ${to}`);
      try {
        await transport.sendMail({
          from,
          to,
          subject: message.subject,
          text: message.text,
          html: message.html,
          // Stable per delivery, so a message resent after a crash is recognisably the same one.
          messageId,
          textEncoding: 'base64',
        });
      } catch (error) {
        const code = (error as { responseCode?: number }).responseCode;
        // 5xx is a permanent refusal (unknown mailbox, rejected content): retrying cannot help.
        if (code !== undefined && code >= 500) throw new UnrecoverableError(`SMTP ${code}: ${(error as Error).message}`);
        throw error;
      }
    },
    close: () => transport.close(),
  };
}
