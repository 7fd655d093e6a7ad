import { Box, Flex, Typography } from '@strapi/design-system';

/** One figure of the report at a glance: the number, what it counts, and how it was arrived at. */
export const Figure = ({ value, label, detail, testId }: { value: string; label: string; detail?: string; testId?: string }) => (
  <Box background="neutral0" hasRadius shadow="tableShadow" padding={5} height="100%" data-figure={testId}>
    <Flex direction="column" alignItems="flex-start" gap={1}>
      <Typography variant="alpha" tag="p" textColor="primary700" data-testid={testId ? `figure-${testId}` : undefined}>
        {value}
      </Typography>
      <Typography fontWeight="semiBold" textColor="neutral800" tag="h3">
        {label}
      </Typography>
      {detail && (
        <Typography variant="pi" textColor="neutral600" tag="p">
          {detail}
        </Typography>
      )}
    </Flex>
  </Box>
);
