// Client-safe: what the notifications menu shows of one entry.

export interface NotificationDto {
  id: string;
  title: string;
  body: string;
  href: string;
  createdAt: string;
  read: boolean;
}

export interface NotificationInbox {
  unreadCount: number;
  latest: NotificationDto[];
}
