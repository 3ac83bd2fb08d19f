/** Scanner kinds and colour modes: shared by the scan schemas and the station settings (both the domain's). */
export { ScanSourceKind } from '../../main/engine/domain/scan-sources';
// A scanner's colour mode is the domain's (main/engine/domain/settings.ts): the station's settings name it too.
export { ScanMode } from '../../main/engine/domain/settings';
