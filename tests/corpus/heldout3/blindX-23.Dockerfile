# corpus: modelled-on=nginx + ngx_brotli/ngx_http_geoip2_module dynamic-module builds (villcabo/nginxcustom, the nginx:1.28-alpine brotli build) on the Debian nginx image
# corpus: expect=AL402@18,AL403@27
ARG NGINX_VERSION=1.27.0

FROM nginx:${NGINX_VERSION} AS build
ARG NGINX_VERSION
RUN apt-get update \
 && apt-get install -y --no-install-recommends \
      build-essential git curl ca-certificates \
      libpcre2-dev zlib1g-dev libssl-dev libbrotli-dev libmaxminddb-dev \
 && rm -rf /var/lib/apt/lists/*
WORKDIR /usr/src
RUN curl -fsSL "https://nginx.org/download/nginx-${NGINX_VERSION}.tar.gz" | tar -xz \
 && git clone --depth 1 --recurse-submodules https://github.com/google/ngx_brotli.git \
 && git clone --depth 1 https://github.com/leev/ngx_http_geoip2_module.git
RUN cd "nginx-${NGINX_VERSION}" \
 && ./configure --with-compat \
      --with-cc-opt="-O3 -march=native -fstack-protector-strong" \
      --add-dynamic-module=../ngx_brotli \
      --add-dynamic-module=../ngx_http_geoip2_module \
 && make -j"$(nproc)" modules

FROM nginx:${NGINX_VERSION}
ARG NGINX_VERSION
COPY --from=build /usr/src/nginx-${NGINX_VERSION}/objs/*.so /etc/nginx/modules/
# runtime lib for the geoip2 module (not in the slim nginx image)
COPY --from=build /usr/lib/x86_64-linux-gnu/libmaxminddb.so.0* /usr/lib/x86_64-linux-gnu/
COPY nginx.conf /etc/nginx/nginx.conf
COPY conf.d/ /etc/nginx/conf.d/
RUN nginx -t
EXPOSE 80 443
