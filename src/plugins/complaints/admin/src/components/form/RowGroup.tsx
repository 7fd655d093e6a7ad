import * as React from 'react';
import { Box, Flex, IconButton, Typography } from '@strapi/design-system';
import { Trash } from '@strapi/icons';

/**
 * One row of a repeatable list (a part or an agreement of the outcome, a person complained about): a labelled
 * group with its title and a remove button. `headingTag` keeps the headings in order where the list has its
 * own heading above the rows.
 */
export const RowGroup = ({
  id,
  title,
  removeLabel,
  onRemove,
  headingTag = 'h3',
  children,
}: {
  id: string;
  title: string;
  removeLabel: string;
  onRemove: () => void;
  headingTag?: 'h3' | 'h4';
  children: React.ReactNode;
}) => (
  <Box role="group" aria-labelledby={`${id}-title`} borderColor="neutral200" hasRadius padding={4}>
    <Flex justifyContent="space-between" alignItems="center" paddingBottom={3}>
      <Typography id={`${id}-title`} tag={headingTag} fontWeight="bold">
        {title}
      </Typography>
      <IconButton label={removeLabel} variant="ghost" onClick={onRemove}>
        <Trash />
      </IconButton>
    </Flex>
    {children}
  </Box>
);
