import type { Page } from 'playwright-core';

/** Signs in through the dialog with the mouse (keyboard sign-in has its own test). */
export async function signInAs(page: Page, name: string, password: string): Promise<void> {
  await page.getByTestId('signin-open').click();
  await page.getByTestId('signin-name').fill(name);
  await page.getByTestId('signin-password').fill(password);
  await page.getByTestId('signin-submit').click();
  await page.getByTestId('signin-dialog').waitFor({ state: 'detached' });
}
