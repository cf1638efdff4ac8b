/* xtu_test_code_not_linked: a device driver table, as gammu's
 * GSM_Device_Functions. */
struct device_ops {
        int (*write)(const char *buf);
        int (*read)(char *buf, int len);
};
extern struct device_ops *dev;
