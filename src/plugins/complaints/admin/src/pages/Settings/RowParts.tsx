import { Badge, Button } from '@strapi/design-system';
import { Pencil } from '@strapi/icons';
import { useT } from '../../hooks/useT';

/** Whether a department or category takes new complaints, as the settings tables show it. */
export const ActiveBadge = ({ active }: { active: boolean }) => {
  const { t } = useT();
  return (
    <Badge backgroundColor={active ? 'success100' : 'neutral150'} textColor={active ? 'success700' : 'neutral700'}>
      {active ? t('settings.active') : t('settings.inactive')}
    </Badge>
  );
};

/** A settings table row's "Bewerken", named after the row for screen readers. */
export const EditRowButton = ({ name, onClick }: { name: string; onClick: () => void }) => {
  const { t } = useT();
  return (
    <Button variant="tertiary" size="S" startIcon={<Pencil />} onClick={onClick} aria-label={t('settings.editNamed', { name })}>
      {t('settings.edit')}
    </Button>
  );
};
