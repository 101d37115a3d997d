import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Clock events written before messages' events named their message (a customer's message, an
 * agent's response, a note) get its id, so splitting such a message moves its clock events too
 * (docs/adr/0022, "Split"). The message is the case's one written at the event's instant, in the
 * matching direction (a logged call answers whichever side dialled); an event with no such
 * message, or more than one, is left as it was.
 */
export class CaseEventMessageIds1796621400000 implements MigrationInterface {
  name = 'CaseEventMessageIds1796621400000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      UPDATE case_event e SET data = e.data || jsonb_build_object('messageId', found.message_id)
        FROM (
          SELECT ev.seq, (array_agg(msg.id))[1] AS message_id, count(*) AS n
            FROM case_event ev
            JOIN case_message msg ON msg.case_id = ev.case_id AND msg.created_at = ev.at
           WHERE ev.kind IN ('customer_message', 'agent_response', 'note')
             AND NOT (ev.data ? 'messageId')
             AND CASE ev.kind
                   WHEN 'customer_message' THEN msg.direction = 'inbound' AND msg.channel <> 'phone'
                   WHEN 'agent_response' THEN msg.direction = 'outbound' OR msg.channel = 'phone'
                   ELSE msg.direction = 'internal'
                 END
           GROUP BY ev.seq
        ) found
       WHERE found.seq = e.seq AND found.n = 1`);
  }

  async down(): Promise<void> {
    // The ids are right for the events they were added to; nothing to undo.
  }
}
