import { Badge } from '@mui/material';
import MailIcon from '@mui/icons-material/Mail';
import { useTranslate } from 'react-admin';
import { visuallyHidden } from '../shared/visuallyHidden';
import { useExamStatus } from './ExamClock';

/** The "Messagerie" menu icon with the number of messages delivered since the mailbox was last opened. */
export const InboxBadgeIcon = () => {
  const translate = useTranslate();
  const { fresh } = useExamStatus();
  if (fresh <= 0) return <MailIcon />;
  return (
    <Badge badgeContent={<span aria-hidden>{fresh > 99 ? '99+' : fresh}</span>} color="error">
      <MailIcon />
      <span style={visuallyHidden as React.CSSProperties}>{translate('app.home.inbox.freshSpoken', { smart_count: fresh })}</span>
    </Badge>
  );
};
