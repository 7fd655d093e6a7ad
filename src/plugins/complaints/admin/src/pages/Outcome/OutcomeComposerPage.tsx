import { Flex, Loader } from '@strapi/design-system';
import { Layouts, Page } from '@strapi/strapi/admin';
import { useParams } from 'react-router-dom';
import { ProblemAlert } from '../../components/ProblemAlert';
import { queries } from '../../api/client';
import { useApiQuery } from '../../hooks/useApiQuery';
import { useT } from '../../hooks/useT';
import { OutcomeComposer } from './OutcomeComposer';

/** Step 4 for one complaint: compose the judgement, findings and agreements (kept as a draft), preview, send. */
export const OutcomeComposerPage = () => {
  const { t } = useT();
  const { id } = useParams();
  const dossier = useApiQuery(queries.dossier(Number(id)));
  // the outcome written so far (or null); without an answer the composer starts empty and a save says whether a colleague's is newer
  const draft = useApiQuery(queries.outcomeDraft(Number(id)));

  if (!dossier.data || draft.isLoading) {
    return (
      <Page.Main aria-busy={dossier.isLoading}>
        <Page.Title>{t('outcome.title')}</Page.Title>
        <Layouts.Header title={t('outcome.title')} />
        <Layouts.Content>
          <ProblemAlert problem={dossier.problem} />
          {dossier.isLoading && (
            <Flex justifyContent="center" padding={8}>
              <Loader>{t('common.loading')}</Loader>
            </Flex>
          )}
        </Layouts.Content>
      </Page.Main>
    );
  }
  return <OutcomeComposer dossier={dossier.data} draft={draft.data ?? null} />;
};
