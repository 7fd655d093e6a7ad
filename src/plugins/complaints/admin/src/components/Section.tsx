import * as React from 'react';
import { Box, Flex, Typography } from '@strapi/design-system';

/** A white panel with a heading: the building block of the dossier and the settings pages. */
export const Section = ({ title, actions, children, id }: { title: string; actions?: React.ReactNode; children: React.ReactNode; id?: string }) => (
  <Box
    tag="section"
    aria-labelledby={id ? `${id}-title` : undefined}
    background="neutral0"
    hasRadius
    shadow="tableShadow"
    paddingTop={5}
    paddingBottom={5}
    paddingLeft={6}
    paddingRight={6}
  >
    <Flex justifyContent="space-between" alignItems="center" gap={2} paddingBottom={4} wrap="wrap">
      <Typography id={id ? `${id}-title` : undefined} variant="delta" tag="h2">
        {title}
      </Typography>
      {actions}
    </Flex>
    {children}
  </Box>
);

/**
 * Label/value pairs as a description list; `stacked` puts each label above its value (narrow panels).
 */
export const Facts = ({ items, stacked = false }: { items: Array<[string, React.ReactNode] | null | false | '' | undefined>; stacked?: boolean }) => (
  <Box
    tag="dl"
    style={{ display: 'grid', gridTemplateColumns: stacked ? '1fr' : '16rem 1fr', columnGap: '1.6rem', rowGap: stacked ? '0.4rem' : '0.8rem', margin: 0 }}
  >
    {items.filter(Boolean).map((item) => {
      const [label, value] = item as [string, React.ReactNode];
      return (
        <React.Fragment key={label}>
          <Typography tag="dt" variant="omega" fontWeight="semiBold" textColor="neutral600" paddingTop={stacked ? 2 : 0}>
            {label}
          </Typography>
          <Typography tag="dd" variant="omega" style={{ margin: 0, whiteSpace: 'pre-wrap', overflowWrap: 'break-word', minWidth: 0 }}>
            {value === null || value === undefined || value === '' ? '—' : value}
          </Typography>
        </React.Fragment>
      );
    })}
  </Box>
);
