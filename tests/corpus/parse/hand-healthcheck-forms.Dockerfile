FROM nginx:stable-alpine
HEALTHCHECK --interval=30s --timeout=5s --start-period=10s --retries=3 \
  CMD wget --no-verbose --tries=1 --spider http://localhost/ || exit 1
STOPSIGNAL SIGQUIT
USER nginx:nginx
SHELL ["/bin/ash", "-eo", "pipefail", "-c"]
RUN nginx -t 2>&1 | tee /tmp/nginx-check
ENTRYPOINT nginx -g "daemon off;"
