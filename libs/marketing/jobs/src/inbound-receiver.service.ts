import { Inject, Injectable, Logger, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import { AppConfig, APP_CONFIG } from '@rapport/shared-config';
import { InboundSmtpReceiver } from '@rapport/shared-mail';
import { InboundMailRouter } from '@rapport/shared-api';
import { MAX_INBOUND_BYTES } from './mailbox-poller';

/** Largest inbound message taken (a bounce returns the original; replies may quote it). */

/**
 * The worker's SMTP receiver (issue 15; shared with the service desk since issue 18), on
 * INBOUND_SMTP_PORT (0: not started): bounces, complaints, replies and mailto unsubscribes for
 * marketing, mail to the support address for service, routed by recipient (InboundMailRouter).
 * A message is answered 250 only after its route has stored what it means, so a crash makes the
 * sending relay try again instead of losing it.
 * A port already taken is logged, not fatal: the worker's queues matter more than its mailbox.
 */
@Injectable()
export class InboundReceiverService implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(InboundReceiverService.name);
  private receiver: InboundSmtpReceiver | null = null;

  constructor(
    private readonly inbound: InboundMailRouter,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async onApplicationBootstrap() {
    if (this.config.inboundSmtpPort === null) return;
    const receiver = new InboundSmtpReceiver({
      host: this.config.inboundSmtpHost,
      port: this.config.inboundSmtpPort,
      maxBytes: MAX_INBOUND_BYTES,
      acceptDomains: this.inbound.domains(),
      onMessage: async (message) => {
        const outcome = await this.inbound.route(message);
        this.logger.log(`inbound mail from ${message.mailFrom || '<>'}: ${outcome}`);
      },
    });
    try {
      const { port } = await receiver.start();
      this.receiver = receiver;
      this.logger.log(`receiving mail for @${this.inbound.domains().join(', @')} on smtp://${this.config.inboundSmtpHost}:${port}`);
    } catch (err) {
      this.logger.error(`the inbound SMTP receiver could not start on port ${this.config.inboundSmtpPort}: ${(err as Error).message}`);
    }
  }

  async onModuleDestroy() {
    await this.receiver?.stop();
  }
}
