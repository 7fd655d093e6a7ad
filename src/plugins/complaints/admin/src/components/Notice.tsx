import * as React from 'react';
import { Box, Flex, Typography } from '@strapi/design-system';
import { Information, WarningCircle } from '@strapi/icons';

const COLOURS = {
  info: { background: 'primary100', border: 'primary200', icon: 'primary600' },
  warning: { background: 'warning100', border: 'warning200', icon: 'warning600' },
} as const;

/**
 * A lasting message about the page (an anonymised dossier, a missing permission): unlike the design
 * system's Alert it has no close button, as there is nothing to dismiss.
 */
export const Notice = ({ title, children, variant = 'info' }: { title?: string; children: React.ReactNode; variant?: keyof typeof COLOURS }) => {
  const colours = COLOURS[variant];
  const Icon = variant === 'warning' ? WarningCircle : Information;
  return (
    <Box background={colours.background} borderColor={colours.border} hasRadius padding={4} role="status">
      <Flex gap={3} alignItems="flex-start">
        <Box paddingTop={1}>
          <Icon aria-hidden fill={colours.icon} width="1.6rem" height="1.6rem" />
        </Box>
        <Flex direction="column" alignItems="flex-start" gap={1}>
          {title && (
            <Typography fontWeight="bold" textColor="neutral800">
              {title}
            </Typography>
          )}
          <Typography textColor="neutral800">{children}</Typography>
        </Flex>
      </Flex>
    </Box>
  );
};
