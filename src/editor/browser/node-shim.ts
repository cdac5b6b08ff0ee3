/**
 * Stand-ins for the Node modules that shared model code imports (config, norm data, body
 * links). In the browser there is no file system: norm data comes from context.json and
 * nothing else reads files; these keep the imports resolvable and answer "nothing there".
 */
export const existsSync = () => false;
export const readdirSync = () => [];
export const statSync = () => ({ isFile: () => false, isDirectory: () => false });
export function readFileSync(): never {
  throw new Error('no file system in the browser');
}
export const sep = '/';
export const join = (...parts: string[]) => parts.filter(Boolean).join('/').replace(/\/+/g, '/');
export const resolve = join;
export const dirname = (p: string) => p.replace(/\/[^/]*$/, '') || '/';
export const relative = (_from: string, to: string) => to;
export const fileURLToPath = () => '/';
export const pathToFileURL = (p: string) => new URL(`file://${p}`);
export default { existsSync, readdirSync, statSync, readFileSync, sep, join, resolve, dirname, relative, fileURLToPath, pathToFileURL };
