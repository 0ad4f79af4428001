import type { SatteriProcessorOptions } from '@astrojs/markdown-satteri';
import { prefixBase } from '../lib/deploy-config';

type MdastPlugin = NonNullable<SatteriProcessorOptions['mdastPlugins']>[number];

/**
 * Content links are written root-relative (`/#background`), as if the site sat at the root of
 * its host; under a sub-path deploy they get the base here, so editors never write it.
 */
export function baseLinksPlugin(options: { base: string }): MdastPlugin {
  return {
    name: 'explainer:base-links',
    link(node, ctx) {
      const url = prefixBase(node.url, options.base);
      if (url !== node.url) ctx.setProperty(node, 'url', url);
    },
    definition(node, ctx) {
      const url = prefixBase(node.url, options.base);
      if (url !== node.url) ctx.setProperty(node, 'url', url);
    },
  };
}
