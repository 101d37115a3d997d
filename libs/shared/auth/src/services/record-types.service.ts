import { Injectable } from '@nestjs/common';
import { RecordCatalogue } from '@rapport/shared-api';
import { Actor, CatalogueField, catalogueOf, PicklistName, customCatalogueField, localizedName, NameLocale, ObjectName, OBJECTS, RecordScope, scopeFor } from '@rapport/shared-domain';
import { CUSTOMIZABLE_OBJECTS, CustomFieldsService, CustomizableObject } from './custom-fields.service';
import { PicklistsService } from './picklists.service';

const isObjectName = (name: string): name is ObjectName => Object.hasOwn(OBJECTS, name);
const isCustomizable = (name: string): name is CustomizableObject => (CUSTOMIZABLE_OBJECTS as readonly string[]).includes(name);

/**
 * The field catalogue as a reader may see it: the record types they may read (the same grant the
 * lists apply), each with its built-in fields and the active custom fields, labelled in their language.
 */
@Injectable()
export class RecordTypesService {
  constructor(
    private readonly catalogue: RecordCatalogue,
    private readonly customFields: CustomFieldsService,
    private readonly picklists: PicklistsService,
  ) {}

  async list(actor: Actor, locale: NameLocale | null, names?: readonly string[] | null) {
    const wanted = names?.length ? new Set(names) : null;
    const visible = this.catalogue.all().filter((d) => (!wanted || wanted.has(d.name)) && isObjectName(d.name) && scopeFor(actor, d.name, 'read') !== RecordScope.None);
    // A picklist field's values are the list's active ones (the values a filter or a write may use now).
    const lists = await this.picklists.entries();
    const withValues = (f: CatalogueField): CatalogueField => (f.picklist ? { ...f, enumValues: (lists.get(f.picklist as PicklistName) ?? []).filter((e) => e.active).map((e) => e.value) } : f);
    return Promise.all(
      visible.map(async (d) => {
        const custom = d.customFields && isCustomizable(d.name) ? await this.customFields.list(d.name) : [];
        return {
          name: d.name,
          graphqlName: d.graphqlName,
          label: d.label.one,
          customizable: d.customFields,
          fields: [...catalogueOf(d).map(withValues), ...custom.map((c) => customCatalogueField(c, localizedName(c.label, c.labels, locale)))],
        };
      }),
    );
  }
}
