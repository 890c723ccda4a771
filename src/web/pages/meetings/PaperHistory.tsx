import { PaperClipOutlined } from '@ant-design/icons';
import { Collapse, Empty, Flex, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { type TopicPaper, topicFileUrl } from '../../api/meetings.ts';
import { formatDateTime } from '../../format/dates.ts';
import { RichText } from './RichTextEditor.tsx';

const reviewColors: Record<TopicPaper['review'], string> = { pending: 'gold', returned: 'orange', approved: 'green', none: 'default' };

/** Every version of the draft and of the final paper, newest first, with the reviews they got. */
export function PaperHistory({ papers }: { papers: readonly TopicPaper[] }) {
  const { t } = useTranslation();
  if (papers.length === 0) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('meetings.papers.none')} />;
  const newestFirst = [...papers].sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  return (
    <Collapse
      size="small"
      defaultActiveKey={[newestFirst[0]!.id]}
      items={newestFirst.map((paper) => ({
        key: paper.id,
        label: (
          <Flex wrap gap={6} align="center">
            <Typography.Text strong>{t(`meetings.papers.${paper.kind}`, { version: paper.version })}</Typography.Text>
            {paper.review !== 'none' ? <Tag color={reviewColors[paper.review]}>{t(`meetings.papers.review.${paper.review}`)}</Tag> : null}
            <Typography.Text type="secondary">{t('meetings.papers.by', { name: paper.submittedBy ?? '', at: formatDateTime(paper.createdAt) })}</Typography.Text>
          </Flex>
        ),
        children: (
          <Flex vertical gap={8}>
            {paper.body ? (
              <div className="paper-body">
                <RichText html={paper.body} />
              </div>
            ) : null}
            {paper.files.map((file) => (
              <Typography.Link key={file.id} href={topicFileUrl(file.id)} download={file.filename}>
                <PaperClipOutlined /> {file.filename}
              </Typography.Link>
            ))}
            {paper.reviewComment ? (
              <Typography.Paragraph style={{ margin: 0 }}>
                <Typography.Text strong>{t('meetings.papers.comment', { name: paper.reviewedBy ?? '' })}</Typography.Text> {paper.reviewComment}
              </Typography.Paragraph>
            ) : null}
          </Flex>
        ),
      }))}
    />
  );
}
