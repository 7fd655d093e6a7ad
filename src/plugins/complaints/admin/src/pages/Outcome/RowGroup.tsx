import * as React from 'react';
import { Box, Flex, IconButton, Typography } from '@strapi/design-system';
import { Trash } from '@strapi/icons';

/** One row of the composer's lists (a part, an agreement): a labelled group with its title and a remove button. */
export const RowGroup = ({ id, title, removeLabel, onRemove, children }: { id: string; title: string; removeLabel: string; onRemove: () => void; children: React.ReactNode }) => (
  <Box role="group" aria-labelledby={`${id}-title`} borderColor="neutral200" hasRadius padding={4}>
    <Flex justifyContent="space-between" alignItems="center" paddingBottom={3}>
      <Typography id={`${id}-title`} tag="h3" fontWeight="bold">
        {title}
      </Typography>
      <IconButton label={removeLabel} variant="ghost" onClick={onRemove}>
        <Trash />
      </IconButton>
    </Flex>
    {children}
  </Box>
);
