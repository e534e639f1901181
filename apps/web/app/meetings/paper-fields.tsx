import { PAPER_LIMITS } from '@boards/shared/contracts';
import {
  ErrorMessage,
  Fieldset,
  FileUpload,
  Hint,
  Input,
  Radios,
  Select,
  Textarea,
} from '@boards/web/ui-govuk';
import { errorFor, type FieldError } from '../form-state';
import {
  NAMED_PEOPLE_FIELD,
  PAPER_FILE_FIELD,
  namedPeopleOf,
  type PersonChoice,
} from './paper-form';

/** What the API takes, by file name (it checks the content too). */
export const PAPER_FILE_ACCEPT = '.pdf,.docx,.odt,.xlsx,.pptx,.txt,.png,.jpg,.jpeg';

interface Choice {
  readonly id: string;
  readonly title: string;
}

type Values = Readonly<Record<string, string | undefined>>;

/**
 * GOV.UK checkboxes of the people who may open a paper for named people. Shown always (not
 * revealed by the radios), so that the form reads the same with and without JavaScript.
 */
function NamedPeople({
  people,
  values,
  error,
}: {
  readonly people: readonly PersonChoice[];
  readonly values: Values;
  readonly error: string | undefined;
}) {
  const checked = namedPeopleOf(values);
  const id = NAMED_PEOPLE_FIELD;
  const describedBy = [`${id}-hint`, error ? `${id}-error` : null].filter(Boolean).join(' ');
  return (
    <div className={`govuk-form-group${error ? ' govuk-form-group--error' : ''}`}>
      <Fieldset
        legend={{ text: 'Named people', className: 'govuk-fieldset__legend--s' }}
        aria-describedby={describedBy}
      >
        <Hint id={`${id}-hint`}>
          Only for ‘Named people only’: who can open the paper, besides the secretariat.
        </Hint>
        {error ? <ErrorMessage id={`${id}-error`}>{error}</ErrorMessage> : null}
        {people.length ? (
          <div className="govuk-checkboxes govuk-checkboxes--small" data-module="govuk-checkboxes">
            {people.map((person, index) => {
              const itemId = index ? `${id}-${index + 1}` : id;
              return (
                <div className="govuk-checkboxes__item" key={person.id}>
                  <input
                    className="govuk-checkboxes__input"
                    id={itemId}
                    name={NAMED_PEOPLE_FIELD}
                    type="checkbox"
                    value={person.id}
                    defaultChecked={checked.has(person.id)}
                    aria-describedby={person.hint ? `${itemId}-item-hint` : undefined}
                  />
                  <label className="govuk-label govuk-checkboxes__label" htmlFor={itemId}>
                    {person.name}
                  </label>
                  {person.hint ? (
                    <Hint id={`${itemId}-item-hint`} className="govuk-checkboxes__hint">
                      {person.hint}
                    </Hint>
                  ) : null}
                </div>
              );
            })}
          </div>
        ) : (
          <p className="govuk-body" id={id}>
            Nobody sits on the meeting’s bodies on its day.
          </p>
        )}
      </Fieldset>
    </div>
  );
}

/**
 * Who can open a paper: the radios, then the people to name (shown always, so that the form reads
 * the same with and without JavaScript). In the add-a-paper form and the correction page.
 */
export function PaperAudienceFields({
  people,
  bodies,
  values,
  errors,
}: {
  readonly people: readonly PersonChoice[];
  /** The meeting's bodies in words: "the Evidence Group". */
  readonly bodies: string;
  readonly values: Values;
  readonly errors: readonly FieldError[];
}) {
  return (
    <>
      <Radios
        name="visibility"
        fieldset={{
          legend: { text: 'Who can open the paper?', className: 'govuk-fieldset__legend--s' },
        }}
        value={values['visibility']}
        items={[
          {
            value: 'PUBLIC',
            text: 'Public',
            hint: 'Anyone, signed in or not',
          },
          {
            value: 'MEMBERS',
            text: 'Members only',
            hint: `Members of ${bodies} on the day of the meeting, cross-seats included`,
          },
          {
            value: 'NAMED',
            text: 'Named people only',
            hint: 'Only the people you choose below',
          },
        ]}
        errorMessage={errorFor(errors, 'visibility')}
      />
      <NamedPeople people={people} values={values} error={errorFor(errors, NAMED_PEOPLE_FIELD)} />
    </>
  );
}

/**
 * The add-a-paper form's fields. The file comes last: the web server reads the fields as they
 * arrive and streams the file on once it starts (paper-upload.server.ts).
 */
export function PaperFields({
  agenda,
  originals,
  replaceable,
  people,
  bodies,
  maxSizeText,
  values,
  errors,
}: {
  readonly agenda: readonly {
    readonly id: string;
    readonly position: number;
    readonly title: string;
  }[];
  /** The meeting's papers that may have an easy read version (not versions themselves). */
  readonly originals: readonly Choice[];
  /** The meeting's papers not yet replaced. */
  readonly replaceable: readonly Choice[];
  readonly people: readonly PersonChoice[];
  /** The meeting's bodies in words: "the Evidence Group". */
  readonly bodies: string;
  readonly maxSizeText: string;
  readonly values: Values;
  readonly errors: readonly FieldError[];
}) {
  return (
    <>
      <Input
        name="title"
        label="Title"
        labelClassName="govuk-label--s"
        maxLength={PAPER_LIMITS.title}
        autoComplete="off"
        defaultValue={values['title']}
        errorMessage={errorFor(errors, 'title')}
      />
      <Select
        name="agendaItemId"
        label="Agenda item"
        labelClassName="govuk-label--s"
        value={values['agendaItemId']}
        items={[
          { value: '', text: 'The whole meeting (no one item)' },
          ...agenda.map((item) => ({ value: item.id, text: `${item.position}. ${item.title}` })),
        ]}
        errorMessage={errorFor(errors, 'agendaItemId')}
      />
      <PaperAudienceFields bodies={bodies} people={people} values={values} errors={errors} />
      <Textarea
        name="contentNote"
        label="Content note (optional)"
        labelClassName="govuk-label--s"
        hint="What the paper discusses, shown before it opens, after ‘This paper discusses’. For example: experiences of self-harm."
        rows={3}
        maxLength={PAPER_LIMITS.contentNote}
        defaultValue={values['contentNote']}
        errorMessage={errorFor(errors, 'contentNote')}
      />
      <Select
        name="easyReadOf"
        label="Easy read version of (optional)"
        labelClassName="govuk-label--s"
        hint="If this paper is an easy read version of another paper of this meeting. Everyone who can open that paper must be able to open this one."
        value={values['easyReadOf']}
        items={[
          { value: '', text: 'Not an easy read version' },
          ...originals.map((paper) => ({ value: paper.id, text: paper.title })),
        ]}
        errorMessage={errorFor(errors, 'easyReadOf')}
      />
      <Select
        name="supersedes"
        label="Replaces (optional)"
        labelClassName="govuk-label--s"
        hint="The paper of this meeting that this one supersedes. That paper stays, marked as superseded."
        value={values['supersedes']}
        items={[
          { value: '', text: 'Does not replace a paper' },
          ...replaceable.map((paper) => ({ value: paper.id, text: paper.title })),
        ]}
        errorMessage={errorFor(errors, 'supersedes')}
      />
      <PaperFileField label="Upload the paper" maxSizeText={maxSizeText} errors={errors} />
    </>
  );
}

/** The file of a paper: the kinds the API takes and the largest size, in the hint. */
export function PaperFileField({
  label,
  maxSizeText,
  errors,
}: {
  readonly label: string;
  readonly maxSizeText: string;
  readonly errors: readonly FieldError[];
}) {
  return (
    <FileUpload
      name={PAPER_FILE_FIELD}
      label={label}
      labelClassName="govuk-label--s"
      hint={`A PDF, Word, OpenDocument text, Excel or PowerPoint file, a plain text file, or a PNG or JPEG image, of up to ${maxSizeText}`}
      accept={PAPER_FILE_ACCEPT}
      errorMessage={errorFor(errors, PAPER_FILE_FIELD)}
    />
  );
}
