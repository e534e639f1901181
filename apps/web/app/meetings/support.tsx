import { supportSegments, telHref } from './support-text';

/** Support text as paragraphs (one per line the secretariat wrote), its addresses and numbers links. */
export function SupportText({ text }: { readonly text: string }) {
  return (
    <>
      {text
        .split(/\r?\n+/)
        .filter((line) => line.trim())
        .map((line, index) => (
          <p className="govuk-body" key={index}>
            {supportSegments(line).map((segment, part) =>
              segment.kind === 'link' ? (
                <a className="govuk-link" href={segment.href} key={part}>
                  {segment.text}
                </a>
              ) : (
                <span key={part}>{segment.text}</span>
              ),
            )}
          </p>
        ))}
    </>
  );
}

export interface ContactView {
  readonly name: string;
  readonly email?: string | null;
  readonly phone?: string | null;
}

/** A body's named contact: their name, then their email address and phone number as links. */
export function Contact({ contact }: { readonly contact: ContactView }) {
  return (
    <ul className="govuk-list">
      <li>{contact.name}</li>
      {contact.email ? (
        <li>
          Email:{' '}
          <a className="govuk-link" href={`mailto:${contact.email}`}>
            {contact.email}
          </a>
        </li>
      ) : null}
      {contact.phone ? (
        <li>
          Phone:{' '}
          <a className="govuk-link" href={telHref(contact.phone)}>
            {contact.phone}
          </a>
        </li>
      ) : null}
    </ul>
  );
}
