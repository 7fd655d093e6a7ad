import * as React from 'react';
import { Alert, Flex, Link, Typography } from '@strapi/design-system';
import { NavLink } from 'react-router-dom';
import type { SettingsWarning } from '../../../shared/contracts';
import { useT } from '../hooks/useT';
import { settingsPath } from '../pluginId';

type FixPage = 'procedure' | 'calendar' | 'departments';

/** The settings page where each warning is put right. */
const FIX_PAGE: Record<SettingsWarning['code'], FixPage> = {
  no_decree_days_next_year: 'calendar',
  no_committee_term: 'procedure',
  no_committee: 'procedure',
  superior_cannot_handle: 'departments',
};

/** A warning about a department comes once per department: each is shown and closed on its own. */
const keyOf = (warning: SettingsWarning) => (warning.departmentId === undefined ? warning.code : `${warning.code}:${warning.departmentId}`);

/**
 * What editors should set before it bites (GET /settings and GET /overview send the same `warnings`), as
 * warning alerts. Each links to the settings page that fixes it, unless that is the page shown (`here`) or
 * the user may not manage the settings. Closing one hides it until the page is opened again.
 */
export const SettingsWarnings = ({
  warnings,
  codes,
  here,
  canFix = true,
}: {
  warnings: readonly SettingsWarning[] | undefined;
  /** Only these warnings (a page shows those it can fix). */
  codes?: readonly SettingsWarning['code'][];
  here?: FixPage;
  canFix?: boolean;
}) => {
  const { t, pick } = useT();
  const [dismissed, setDismissed] = React.useState<readonly string[]>([]);
  const shown = (warnings ?? []).filter((warning) => (!codes || codes.includes(warning.code)) && !dismissed.includes(keyOf(warning)));
  if (!shown.length) return null;
  return (
    <Flex direction="column" alignItems="stretch" gap={3}>
      {shown.map((warning) => {
        const page = FIX_PAGE[warning.code];
        return (
          <Alert
            key={keyOf(warning)}
            variant="warning"
            title={t('warnings.title')}
            closeLabel={t('warnings.close')}
            onClose={() => setDismissed((previous) => [...previous, keyOf(warning)])}
            data-warning={warning.code}
            action={
              canFix && page && page !== here ? (
                <Link tag={NavLink} to={settingsPath(page)}>
                  {/* the alert's own link colour on its warning background is below 4.5:1 */}
                  <Typography textColor="neutral800" style={{ textDecoration: 'underline' }}>
                    {t(`warnings.fix.${page}`)}
                  </Typography>
                </Link>
              ) : undefined
            }
          >
            {pick(warning.message)}
          </Alert>
        );
      })}
    </Flex>
  );
};
