/* for with every combination of a missing init, condition and increment. */
int step(int);

void fors(int n)
{
        int i, s = 0;
        for (i = 0; i < n; i++)         /* init cond inc */
                s += i;
        for (i = 0; i < n;)             /* init cond */
                s = step(s);
        for (i = 0;; i++)               /* init inc */
                s += 2;
        for (i = 0;;)                   /* init */
                s += 3;
        for (; i < n; i++)              /* cond inc */
                s += 4;
        for (; i < n;)                  /* cond */
                s += 5;
        for (;; i++)                    /* inc */
                s += 6;
        for (;;)                        /* none */
                s += 7;
}

void for_decl(int n)
{
        int s = 0;
        for (int j = 0; j < n; j++)
                s += j;
        for (int k = n; k; )
                k = step(k);
}
