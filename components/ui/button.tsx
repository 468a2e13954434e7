import type { ButtonHTMLAttributes, Ref } from 'react';
import styles from './button.module.css';

/** `danger` confirms a destructive act; `danger-secondary` opens one (Delete..., Revoke...). */
export type ButtonVariant = 'primary' | 'secondary' | 'danger' | 'danger-secondary' | 'ghost';
export type ButtonSize = 'md' | 'sm';

export function buttonClass(variant: ButtonVariant = 'secondary', size: ButtonSize = 'md') {
  return `${styles.button} ${styles[variant]} ${size === 'sm' ? styles.sm : ''}`;
}

type ButtonProps = ButtonHTMLAttributes<HTMLButtonElement> & { variant?: ButtonVariant; size?: ButtonSize; ref?: Ref<HTMLButtonElement> };

export function Button({ variant = 'secondary', size = 'md', className, ...props }: ButtonProps) {
  return <button type="button" className={`${buttonClass(variant, size)} ${className ?? ''}`} {...props} />;
}
