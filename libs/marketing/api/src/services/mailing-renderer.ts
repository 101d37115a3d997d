import type { ClaimedSend } from '@rapport/marketing-data';
import { pickVariant, PreparedVariant, prepareVariant, RenderContext, RenderedEmail, renderPrepared, TemplateVariant, trackLinks, trackTextLinks, TrackingOptions } from '@rapport/marketing-domain';

export interface RendererFacts {
  campaignName: string;
  typeKey: string;
  typeName: string;
  company: RenderContext['company'];
  mailingName: string;
  /** For the tracked links: the public origin and the app secret that signs them. */
  origin: string;
  secret: string;
}

/**
 * One mailing's messages: the variant in each recipient's language, personalised. Built once per
 * pump run, so whatever can be prepared per variant is prepared once, not per recipient.
 */
export class MailingRenderer {
  private constructor(
    private readonly variants: readonly { locale: string; prepared: PreparedVariant }[],
    private readonly facts: RendererFacts,
  ) {}

  /** Compiles each language's MJML once (prepareVariant); a variant the fast path cannot prove equal renders the slow, exact way. */
  static async create(variants: readonly TemplateVariant[], facts: RendererFacts): Promise<MailingRenderer> {
    // Kept as prepareVariant returned them: renderPrepared trusts only its own objects.
    return new MailingRenderer(await Promise.all(variants.map(async (v) => ({ locale: v.locale, prepared: await prepareVariant(v) }))), facts);
  }

  /** Languages whose variant renders per recipient from scratch, with why (for the pump's log). */
  get slowVariants(): string[] {
    return this.variants.filter((v) => !v.prepared.fast).map((v) => `${v.locale}: ${v.prepared.reason}`);
  }

  /**
   * The message for one recipient: personalised, its web links through the click redirect with
   * the campaign's UTM values, an open pixel; the unsubscribe and preference links stay direct
   * (a scanner following them must not look like a click, and they must work without us).
   */
  async render(s: ClaimedSend, links: { unsubscribeUrl: string; preferencesUrl: string }): Promise<RenderedEmail> {
    const variant = pickVariant(this.variants, s.locale);
    if (!variant) throw new Error('the template has no variant');
    const mail = await renderPrepared(variant.prepared, {
      contact: { first_name: s.firstName, last_name: s.lastName, email: s.address, company: s.company },
      company: this.facts.company,
      unsubscribe_url: links.unsubscribeUrl,
      preferences_url: links.preferencesUrl,
      campaign: { name: this.facts.campaignName },
    });
    const tracking: TrackingOptions = {
      sendId: s.id,
      secret: this.facts.secret,
      origin: this.facts.origin,
      utm: { source: 'rapport', medium: 'email', campaign: this.facts.campaignName, content: this.facts.mailingName },
      untracked: [`${this.facts.origin}/api/public/unsubscribe/`, `${this.facts.origin}/api/public/preferences/`],
    };
    return { subject: mail.subject, html: trackLinks(mail.html, tracking).html, text: trackTextLinks(mail.text, { ...tracking, openPixel: false }).text };
  }

  /**
   * RFC 2919: one list per subscription type, so mail clients (and people) can filter and leave
   * each. The header is sent as written, so a name that is not printable ASCII is left out rather
   * than MIME-encoded (which would hide the id from filters).
   */
  listId(domain: string): string {
    const id = `<${this.facts.typeKey}.${domain}>`;
    const name = this.facts.typeName.replace(/["\\]/g, '').trim();
    return /^[\x20-\x7e]+$/.test(name) ? `"${name}" ${id}` : id;
  }
}
