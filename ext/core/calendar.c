/*
** calendar.c -- see calendar.h.  Day numbers use Howard Hinnant's
** days_from_civil / civil_from_days algorithms (public domain).
*/
#include "calendar.h"

int nr_is_leap(int y){ return (y%4==0 && y%100!=0) || y%400==0; }

int nr_days_in_month(int y, int m){
  static const unsigned char dm[12] = {31,28,31,30,31,30,31,31,30,31,30,31};
  if( m<1 || m>12 ) return 0;
  return m==2 && nr_is_leap(y) ? 29 : dm[m-1];
}

int nr_valid_date(int y, int m, int d){
  return m>=1 && m<=12 && d>=1 && d<=nr_days_in_month(y, m);
}

int32_t nr_days_from_civil(int y, int m, int d){
  int32_t era, yoe, doy, doe;
  y -= m<=2;
  era = (y>=0 ? y : y-399) / 400;
  yoe = y - era*400;
  doy = (153*(m + (m>2 ? -3 : 9)) + 2)/5 + d - 1;
  doe = yoe*365 + yoe/4 - yoe/100 + doy;
  return era*146097 + doe - 719468;
}

void nr_civil_from_days(int32_t z, int *py, int *pm, int *pd){
  int32_t era, doe, yoe, y, doy, mp, d, m;
  z += 719468;
  era = (z>=0 ? z : z-146096) / 146097;
  doe = z - era*146097;
  yoe = (doe - doe/1460 + doe/36524 - doe/146096) / 365;
  y = yoe + era*400;
  doy = doe - (365*yoe + yoe/4 - yoe/100);
  mp = (5*doy + 2)/153;
  d = doy - (153*mp+2)/5 + 1;
  m = mp + (mp<10 ? 3 : -9);
  *py = (int)(y + (m<=2));
  *pm = (int)m;
  *pd = (int)d;
}

int nr_weekday(int32_t z){
  /* 1970-01-01 was a Thursday (4) */
  int32_t w = (z + 3) % 7;
  if( w<0 ) w += 7;
  return (int)w + 1;
}

int32_t nr_iso_week_monday(int wy, int wn){
  int32_t jan4 = nr_days_from_civil(wy, 1, 4);
  int32_t mon1 = jan4 - (nr_weekday(jan4) - 1);
  return mon1 + (int32_t)(wn-1)*7;
}

void nr_iso_week(int32_t z, int *wy, int *wn){
  int y, m, d;
  int32_t thu = z + (4 - nr_weekday(z));   /* the Thursday of z's week */
  nr_civil_from_days(thu, &y, &m, &d);
  *wy = y;
  *wn = (int)((thu - nr_days_from_civil(y, 1, 1))/7) + 1;
}
