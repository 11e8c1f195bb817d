/*
** calendar.h -- proleptic Gregorian calendar arithmetic on day numbers.
**
** A day number counts days from 1970-01-01 (day 0); negative before it.
** Weekdays are ISO: 1 = Monday ... 7 = Sunday.  Weeks are ISO 8601 weeks
** (Monday first; week 1 holds the year's first Thursday).  Pure functions,
** no state; valid for years 1..9999 and beyond.
*/
#ifndef NR_CALENDAR_H
#define NR_CALENDAR_H
#include <stdint.h>

int32_t nr_days_from_civil(int y, int m, int d);
void nr_civil_from_days(int32_t z, int *y, int *m, int *d);
int nr_weekday(int32_t z);                       /* 1..7 */
int nr_days_in_month(int y, int m);
int nr_is_leap(int y);
/* ISO week of day z: *wy the week-numbering year, *wn 1..53. */
void nr_iso_week(int32_t z, int *wy, int *wn);
/* Day number of the Monday of ISO week wn of year wy. */
int32_t nr_iso_week_monday(int wy, int wn);
/* Is y-m-d a real date? */
int nr_valid_date(int y, int m, int d);

#endif
