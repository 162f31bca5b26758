import { LOCALES, MAIL_TEMPLATE_KEYS } from '@datenlotse/contracts';
import { EntityManager } from 'typeorm';
import { MailTemplate } from './mail-template.entity';
import { shippedTemplate } from './shipped-templates';

/**
 * The shipped mail templates of a municipality, on every start: missing (key, language) rows are added,
 * rows nobody edited get the shipped text when it changed with an upgrade, an admin's edits stay.
 */
export async function seedMailTemplates(manager: EntityManager, municipalityId: string): Promise<void> {
  const repository = manager.getRepository(MailTemplate);
  const existing = await repository.find({ where: { municipalityId } });
  const byKey = new Map(existing.map((t) => [`${t.key}:${t.locale}`, t]));
  const missing: Partial<MailTemplate>[] = [];
  for (const key of MAIL_TEMPLATE_KEYS) {
    for (const locale of LOCALES) {
      const shipped = shippedTemplate(key, locale);
      const row = byKey.get(`${key}:${locale}`);
      if (!row) {
        missing.push({ municipalityId, key, locale, ...shipped, customised: false, version: 1 });
      } else if (
        !row.customised &&
        (row.subject !== shipped.subject || row.html !== shipped.html || row.text !== shipped.text)
      ) {
        // A new version, so that an admin's edit begun on the old text is told it changed.
        await manager.query(
          `UPDATE mail_template SET subject = $2, html = $3, text_body = $4, version = version + 1,
             updated_at = now() WHERE id = $1 AND NOT customised`,
          [row.id, shipped.subject, shipped.html, shipped.text],
        );
      }
    }
  }
  if (missing.length > 0) {
    await manager.createQueryBuilder().insert().into(MailTemplate).values(missing).orIgnore().execute();
  }
}
