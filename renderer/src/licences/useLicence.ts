import { useEffect, useState } from 'react';
import type { LicenceDetail } from '../../../preload/contract';
import { api } from '../api';

/**
 * The licence as stored with its history; read again when `version` changes (after a decision, which may change the
 * licence), so neither its facts nor its history are left stale. Null while loading or for a number not stored.
 */
export function useLicence(licenceNo: string, version: number): LicenceDetail | null {
  const [licence, setLicence] = useState<LicenceDetail | null>(null);
  useEffect(() => {
    let live = true;
    api.licences.show({ licence_no: licenceNo }).then(
      (shown) => live && setLicence(shown),
      () => live && setLicence(null),
    );
    return () => {
      live = false;
    };
  }, [licenceNo, version]);
  // Another licence starts empty, not with the previous licence's values.
  const [shownFor, setShownFor] = useState(licenceNo);
  if (shownFor !== licenceNo) {
    setShownFor(licenceNo);
    setLicence(null);
  }
  return licence;
}
