import type { Plugin, PluginOption, UserConfig, UserConfigFn } from 'vite';
import { overrideVaadinConfig } from './vite.generated';

const customConfig: UserConfigFn = (env) => ({
  // Here you can add custom Vite parameters
  // https://vitejs.dev/config/
});

/**
 * Vaadin's generated config runs Hilla's file router (which writes generated/file-routes.ts) and vite-plugin-checker
 * (which spawns tsc) in the same `buildStart`, a hook Rollup runs in parallel. On a fast machine with a fresh clone tsc
 * reads the program before file-routes.ts exists and the production build fails with TS2307. Marking the router's hook
 * sequential makes every later buildStart (the checker's included) wait until the routes are written.
 */
function writeRoutesBeforeTypeCheck(plugins: PluginOption[] | undefined): void {
  for (const plugin of (plugins ?? []).flat(Infinity) as PluginOption[]) {
    const candidate = plugin as Plugin | null | false;
    if (candidate && candidate.name === 'vite-plugin-file-router' && typeof candidate.buildStart === 'function') {
      candidate.buildStart = { order: 'pre', sequential: true, handler: candidate.buildStart };
    }
  }
}

const vaadinConfig = overrideVaadinConfig(customConfig);

export default (async (env) => {
  const config: UserConfig = await vaadinConfig(env);
  writeRoutesBeforeTypeCheck(config.plugins);
  return config;
}) satisfies UserConfigFn;
