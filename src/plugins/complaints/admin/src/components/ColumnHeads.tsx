import * as React from 'react';
import { Th, Thead, Tr, Typography } from '@strapi/design-system';

/** A table's head row as the design system draws it: a label per column, or a control (select all). */
export const ColumnHeads = ({ labels }: { labels: React.ReactNode[] }) => (
  <Thead>
    <Tr>
      {labels.map((label, i) => (
        <Th key={i}>{typeof label === 'string' ? <Typography variant="sigma">{label}</Typography> : label}</Th>
      ))}
    </Tr>
  </Thead>
);
