import { expectNoAxeViolations } from './accessibility';
import { test as base } from './fixtures';
import { BodyPage } from './pages/body.page';
import {
  BodyTermsOfReferenceSection,
  TermsOfReferenceComparePage,
  TermsOfReferenceHistoryPage,
} from './pages/terms-of-reference/public-terms-of-reference';
import {
  BodyTermsOfReferencePage,
  DiscardPage,
  DraftEditorPage,
  DraftPreviewPage,
  PublishPage,
  TermsOfReferenceOverviewPage,
} from './pages/terms-of-reference/secretariat-terms-of-reference';

/** The public's view of terms of reference, in a browser context of its own (never signed in). */
export interface PublicTermsOfReference {
  readonly bodyPage: BodyPage;
  readonly section: BodyTermsOfReferenceSection;
  readonly historyPage: TermsOfReferenceHistoryPage;
  readonly comparePage: TermsOfReferenceComparePage;
}

/** The terms of reference pages, on top of the shared fixtures. */
export const test = base.extend<{
  overviewPage: TermsOfReferenceOverviewPage;
  bodyTermsPage: BodyTermsOfReferencePage;
  draftEditor: DraftEditorPage;
  previewPage: DraftPreviewPage;
  publishPage: PublishPage;
  discardPage: DiscardPage;
  publicTerms: PublicTermsOfReference;
}>({
  overviewPage: async ({ page, checkAccessibility }, use) =>
    use(new TermsOfReferenceOverviewPage(page, checkAccessibility)),
  bodyTermsPage: async ({ page, checkAccessibility }, use) =>
    use(new BodyTermsOfReferencePage(page, checkAccessibility)),
  draftEditor: async ({ page, checkAccessibility }, use) =>
    use(new DraftEditorPage(page, checkAccessibility)),
  previewPage: async ({ page, checkAccessibility }, use) =>
    use(new DraftPreviewPage(page, checkAccessibility)),
  publishPage: async ({ page, checkAccessibility }, use) =>
    use(new PublishPage(page, checkAccessibility)),
  discardPage: async ({ page, checkAccessibility }, use) =>
    use(new DiscardPage(page, checkAccessibility)),
  publicTerms: async ({ browser, javaScriptEnabled }, use) => {
    // New contexts get the project's options (JavaScript on or off, the base URL) and no cookies.
    const context = await browser.newContext();
    const page = await context.newPage();
    const check = () => expectNoAxeViolations(page, browser, javaScriptEnabled);
    await use({
      bodyPage: new BodyPage(page, check),
      section: new BodyTermsOfReferenceSection(page),
      historyPage: new TermsOfReferenceHistoryPage(page, check),
      comparePage: new TermsOfReferenceComparePage(page, check),
    });
    await context.close();
  },
});

export { expect } from './fixtures';
