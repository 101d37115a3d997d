import { Inject, Injectable, Logger, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import { AppConfig, APP_CONFIG } from '@rapport/shared-config';
import { withSystemScope } from '@rapport/shared-database';
import { InboundSmtpReceiver } from '@rapport/shared-mail';
import { InboundMailService } from '@rapport/marketing-api';

/** Largest inbound message taken (a bounce returns the original; replies may quote it). */
const MAX_INBOUND_BYTES = 10 * 1024 * 1024;

/**
 * The worker's SMTP receiver for bounces, complaints, replies and mailto unsubscribes (issue 15),
 * on INBOUND_SMTP_PORT (0: not started). A message is answered 250 only after InboundMailService
 * has stored what it means, so a crash makes the sending relay try again instead of losing it.
 * A port already taken is logged, not fatal: the worker's queues matter more than its mailbox.
 */
@Injectable()
export class InboundReceiverService implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(InboundReceiverService.name);
  private receiver: InboundSmtpReceiver | null = null;

  constructor(
    private readonly inbound: InboundMailService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async onApplicationBootstrap() {
    if (this.config.inboundSmtpPort === null) return;
    const receiver = new InboundSmtpReceiver({
      host: this.config.inboundSmtpHost,
      port: this.config.inboundSmtpPort,
      maxBytes: MAX_INBOUND_BYTES,
      acceptDomains: [this.config.inboundMailDomain],
      onMessage: async (message) => {
        const outcome = await withSystemScope('inbound mail is matched to the send it answers, whoever owns the person', () => this.inbound.receive(message));
        this.logger.log(`inbound mail from ${message.mailFrom || '<>'}: ${outcome}`);
      },
    });
    try {
      const { port } = await receiver.start();
      this.receiver = receiver;
      this.logger.log(`receiving bounces and replies for @${this.config.inboundMailDomain} on smtp://${this.config.inboundSmtpHost}:${port}`);
    } catch (err) {
      this.logger.error(`the inbound SMTP receiver could not start on port ${this.config.inboundSmtpPort}: ${(err as Error).message}`);
    }
  }

  async onModuleDestroy() {
    await this.receiver?.stop();
  }
}
