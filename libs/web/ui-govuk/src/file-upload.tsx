import type { ComponentPropsWithoutRef } from 'react';
import { classNames } from './class-names';
import {
  FieldGroup,
  fieldDescribedBy,
  hasContent,
  splitFieldProps,
  type DataAttributes,
  type FieldProps,
} from './field-group';

/** The enhanced upload's words, for a service in another language (GOV.UK Frontend's defaults otherwise). */
export interface FileUploadTexts {
  readonly chooseFilesButtonText?: string;
  readonly noFileChosenText?: string;
  readonly multipleFilesChosenText?: { readonly one?: string; readonly other?: string };
  readonly dropInstructionText?: string;
  readonly enteredDropZoneText?: string;
  readonly leftDropZoneText?: string;
}

export interface FileUploadProps
  extends
    FieldProps,
    FileUploadTexts,
    Omit<ComponentPropsWithoutRef<'input'>, 'type' | 'children' | 'value' | 'defaultValue'> {
  readonly name: string;
  /**
   * GOV.UK Frontend's enhanced upload (a drop zone and a "Choose file" button) once its script
   * runs; the plain file input without it.
   */
  readonly javascript?: boolean;
  readonly wrapperClassName?: string;
  readonly wrapperAttributes?: Omit<ComponentPropsWithoutRef<'div'>, 'className'> & DataAttributes;
}

function i18nAttributes(texts: FileUploadTexts): Record<string, string> {
  const attributes: Record<string, string | undefined> = {
    'data-i18n.choose-files-button': texts.chooseFilesButtonText,
    'data-i18n.no-file-chosen': texts.noFileChosenText,
    'data-i18n.multiple-files-chosen.other': texts.multipleFilesChosenText?.other,
    'data-i18n.multiple-files-chosen.one': texts.multipleFilesChosenText?.one,
    'data-i18n.drop-instruction': texts.dropInstructionText,
    'data-i18n.entered-drop-zone': texts.enteredDropZoneText,
    'data-i18n.left-drop-zone': texts.leftDropZoneText,
  };
  return Object.fromEntries(
    Object.entries(attributes).filter((entry): entry is [string, string] => Boolean(entry[1])),
  );
}

/**
 * GOV.UK file upload: a file input with its label, and its hint and error message when given.
 * The id defaults to the name. A form that holds one needs `encType="multipart/form-data"`.
 */
export function FileUpload({
  id: givenId,
  name,
  javascript,
  wrapperClassName,
  wrapperAttributes,
  chooseFilesButtonText,
  noFileChosenText,
  multipleFilesChosenText,
  dropInstructionText,
  enteredDropZoneText,
  leftDropZoneText,
  className,
  'aria-describedby': describedBy,
  ...props
}: FileUploadProps) {
  const [field, attributes] = splitFieldProps(props);
  const id = givenId || name;
  const input = (
    <input
      className={classNames(
        'govuk-file-upload',
        className,
        hasContent(field.errorMessage) && 'govuk-file-upload--error',
      )}
      id={id}
      name={name}
      type="file"
      aria-describedby={fieldDescribedBy(id, field, describedBy)}
      {...attributes}
    />
  );
  return (
    <FieldGroup id={id} {...field}>
      {javascript ? (
        <div
          className={classNames('govuk-file-upload-wrapper', wrapperClassName)}
          data-module="govuk-file-upload"
          {...i18nAttributes({
            chooseFilesButtonText,
            noFileChosenText,
            multipleFilesChosenText,
            dropInstructionText,
            enteredDropZoneText,
            leftDropZoneText,
          })}
          {...wrapperAttributes}
        >
          {input}
        </div>
      ) : (
        input
      )}
    </FieldGroup>
  );
}
