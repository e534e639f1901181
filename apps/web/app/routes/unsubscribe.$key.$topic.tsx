import {
  NOTICE_TOPIC_LABELS,
  noticeTopicFromSlug,
  type NoticeTopic,
} from '@boards/shared/contracts';
import { UnsubscribeDocument } from '@boards/web/api-client';
import { Button, Panel } from '@boards/web/ui-govuk';
import {
  data,
  type ActionFunctionArgs,
  type LoaderFunctionArgs,
  type MetaFunction,
} from '@remix-run/node';
import { useActionData, useLoaderData } from '@remix-run/react';
import { apiAttempt } from '../api.server';
import { readForm } from '../csrf.server';
import { pageTitle } from '../page-title';

const NO_INDEX = { 'X-Robots-Tag': 'noindex', 'Referrer-Policy': 'no-referrer' };

function topicOf(params: LoaderFunctionArgs['params']): NoticeTopic {
  const topic = noticeTopicFromSlug(params['topic'] ?? '');
  if (!topic || !/^[0-9a-f]{64}$/.test(params['key'] ?? '')) {
    throw new Response('Not found', { status: 404 });
  }
  return topic;
}

export const meta: MetaFunction = () => [{ title: pageTitle('Stop these emails') }];

/** Opening the link only asks: mail scanners follow links, and must not unsubscribe anyone. */
export function loader({ params }: LoaderFunctionArgs) {
  return data({ topic: topicOf(params) }, { headers: NO_INDEX });
}

/**
 * The button, or a mail app's one-click unsubscribe (RFC 8058: a POST of
 * `List-Unsubscribe=One-Click` to this address, from the mail provider's server).
 */
export async function action(args: ActionFunctionArgs) {
  const topic = topicOf(args.params);
  await readForm(args.request);
  const outcome = await apiAttempt(args, ['NOT_FOUND'], UnsubscribeDocument, {
    key: args.params['key'] as string,
    topic,
  });
  if (!outcome.ok) throw new Response('Not found', { status: 404 });
  return data({ done: true }, { headers: NO_INDEX });
}

export default function Unsubscribe() {
  const { topic } = useLoaderData<typeof loader>();
  const done = useActionData<typeof action>()?.done;
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        {done ? (
          <>
            <Panel title="You have been unsubscribed" headingLevel={1}>
              You will no longer get emails about {NOTICE_TOPIC_LABELS[topic].about}
            </Panel>
            <p className="govuk-body">
              You still get the other emails about your meetings.{' '}
              <a className="govuk-link" href="/account/emails">
                Sign in to choose which emails you get
              </a>
              .
            </p>
          </>
        ) : (
          <>
            <h1 className="govuk-heading-l">
              Stop emails about {NOTICE_TOPIC_LABELS[topic].about}?
            </h1>
            <p className="govuk-body">
              {NOTICE_TOPIC_LABELS[topic].label}: you will no longer get these emails. You can turn
              them back on from your account at any time.
            </p>
            <form method="post">
              <Button>Stop these emails</Button>
            </form>
            <p className="govuk-body">
              <a className="govuk-link" href="/account/emails">
                Choose which emails you get instead
              </a>
            </p>
          </>
        )}
      </div>
    </div>
  );
}
