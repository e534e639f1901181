import { ChangePasswordDocument } from '@boards/web/api-client';
import { Button, PasswordInput } from '@boards/web/ui-govuk';
import {
  redirect,
  type ActionFunctionArgs,
  type LoaderFunctionArgs,
  type MetaFunction,
} from '@remix-run/node';
import { apiAttempt } from '../api.server';
import { fieldErrorsFromApi } from '../api-form-errors.server';
import { requireSignedIn } from '../auth.server';
import { FormErrorSummary } from '../components/form-error-summary';
import { NewPasswordFields } from '../components/new-password-fields';
import { formString, readForm } from '../csrf.server';
import { errorFor, formPageTitle, useFormState, type FieldError } from '../form-state';
import { redirectWithErrors } from '../form-state.server';
import { NEW_PASSWORD_ID, newPasswordErrors } from '../new-password.server';
import type { RouteHandle } from '../route-handle';
import { flashNotice } from '../session.server';

export const PASSWORD_CHANGED =
  'Your password has been changed. You have been signed out everywhere else';

const CURRENT_PASSWORD_ID = 'currentPassword';

export const handle: RouteHandle = {
  breadcrumbs: [
    { text: 'Home', href: '/' },
    { text: 'Your account', href: '/account' },
  ],
};

export const meta: MetaFunction = (args) => [
  { title: formPageTitle('Change your password', args) },
];

export async function loader({ request }: LoaderFunctionArgs) {
  await requireSignedIn(request);
  return null;
}

export async function action(args: ActionFunctionArgs) {
  const { request } = args;
  const form = await readForm(request);
  await requireSignedIn(request);
  const currentPassword = formString(form, 'currentPassword');
  const newPassword = formString(form, 'password');
  const errors: FieldError[] = [];
  if (!currentPassword) {
    errors.push({ field: CURRENT_PASSWORD_ID, message: 'Enter your current password' });
  }
  errors.push(...newPasswordErrors(newPassword, formString(form, 'confirmPassword')));
  if (errors.length) return redirectWithErrors(request, errors);

  const outcome = await apiAttempt(
    args,
    ['BAD_USER_INPUT', 'TOO_MANY_REQUESTS'],
    ChangePasswordDocument,
    { currentPassword, newPassword },
  );
  if (!outcome.ok) {
    return redirectWithErrors(
      request,
      fieldErrorsFromApi(
        outcome.error,
        { currentPassword: CURRENT_PASSWORD_ID, newPassword: NEW_PASSWORD_ID },
        CURRENT_PASSWORD_ID,
      ),
    );
  }
  return redirect('/account', {
    status: 303,
    headers: { 'Set-Cookie': await flashNotice(request, PASSWORD_CHANGED) },
  });
}

export default function ChangePassword() {
  const { errors } = useFormState();
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <FormErrorSummary errors={errors} />
        <h1 className="govuk-heading-l">Change your password</h1>
        <p className="govuk-body">
          When you change it, you stay signed in here and are signed out on every other device.
        </p>
        <form method="post" noValidate>
          <PasswordInput
            name="currentPassword"
            label="Current password"
            labelClassName="govuk-label--s"
            autoComplete="current-password"
            errorMessage={errorFor(errors, CURRENT_PASSWORD_ID)}
          />
          <NewPasswordFields errors={errors} label="New password" />
          <Button>Change password</Button>
        </form>
      </div>
    </div>
  );
}
