import nodemailer from 'nodemailer';

// The one way out to e-mail: SMTP through nodemailer, only when SMTP_URL is set (e.g.
// smtp://mail.intranet:25 or smtps://user:pass@host:465). Without it there is no mailer and
// nothing is ever sent. Tests point SMTP_URL at a catcher on loopback.

export type OutgoingMail = { to: string; subject: string; text: string; html: string };
export type Mailer = { send(mail: OutgoingMail): Promise<void>; close(): void };

/** The default sender when SMTP_FROM is not set. */
export const DEFAULT_SMTP_FROM = '执法监督+ <no-reply@localhost>';

export function createMailer(smtpUrl: string | undefined, from = DEFAULT_SMTP_FROM): Mailer | null {
  if (!smtpUrl) return null;
  const transport = nodemailer.createTransport({
    url: smtpUrl,
    // A mail server that does not answer must not hold the digest for minutes.
    connectionTimeout: 10_000,
    greetingTimeout: 10_000,
    socketTimeout: 30_000,
  });
  return {
    async send(mail) {
      await transport.sendMail({ from, ...mail });
    },
    close: () => transport.close(),
  };
}
