// Charts as PNG images, rendered on the server without a browser: data in, PNG buffer out.
export { renderGroupChart, renderMemberChart } from './attendance.js'
export { renderBranchComparison } from './branches.js'
export { uncoveredChars } from './fonts.js'
export type { ChartImage } from './painter.js'
export type * from './types.js'
