export async function runUiTest(_root: string): Promise<number> {
  return 0;
}
