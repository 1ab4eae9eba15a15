/** esbuild `conditions` for bundling workspace code: workspace packages from source, dependencies' production builds. */
export declare const BUNDLE_CONDITIONS: string[];
