import { Box, Flex, Typography } from '@strapi/design-system';
import { Link } from 'react-router-dom';
import { styled } from 'styled-components';

const TONES = {
  danger: { border: 'danger200', background: 'danger100', text: 'danger700' },
  warning: { border: 'warning200', background: 'warning100', text: 'warning700' },
  primary: { border: 'primary200', background: 'primary100', text: 'primary700' },
  neutral: { border: 'neutral200', background: 'neutral100', text: 'neutral800' },
} as const;

const CardLink = styled(Link)`
  display: block;
  height: 100%;
  width: 100%;
  text-decoration: none;
  border-radius: ${({ theme }) => theme.borderRadius};
  &:focus-visible {
    outline: 2px solid ${({ theme }) => theme.colors.primary600};
    outline-offset: 2px;
  }
  &:hover > div {
    box-shadow: ${({ theme }) => theme.shadows.tableShadow};
  }
`;

/**
 * A number that is also a link to the list it counts (its name: "label: count"). A count that no list can
 * show yet (`to` left out) is the same card without the link.
 */
export const StatCard = ({
  count,
  label,
  hint,
  to,
  tone,
  compact,
}: {
  count: number;
  label: string;
  hint?: string;
  to?: string;
  tone: keyof typeof TONES;
  compact?: boolean;
}) => {
  const colours = TONES[tone];
  const card = (
    <Box height="100%" background={colours.background} borderColor={colours.border} hasRadius padding={compact ? 3 : 5}>
      <Flex
        direction={compact ? 'row' : 'column'}
        alignItems={compact ? 'center' : 'flex-start'}
        justifyContent={compact ? 'space-between' : 'flex-start'}
        gap={compact ? 3 : 1}
      >
        {compact ? (
          <>
            <Typography textColor="neutral800">{label}</Typography>
            <Typography variant="delta" tag="span" textColor={colours.text}>
              {count}
            </Typography>
          </>
        ) : (
          <>
            <Typography variant="alpha" tag="span" textColor={colours.text}>
              {count}
            </Typography>
            <Typography fontWeight="semiBold" textColor="neutral800">
              {label}
            </Typography>
            {hint && (
              <Typography variant="pi" textColor="neutral600">
                {hint}
              </Typography>
            )}
          </>
        )}
      </Flex>
    </Box>
  );
  return to ? (
    <CardLink to={to}>
      {card}
    </CardLink>
  ) : (
    <Box height="100%" width="100%" data-count-card>
      {card}
    </Box>
  );
};
