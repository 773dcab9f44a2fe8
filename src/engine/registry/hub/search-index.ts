/** What `docker search` finds on the built-in hub: Docker Hub's entries for each official repository and the
 *  community repositories that come up with it, as of mid-2025. The official repositories come first, then
 *  community groups in Docker Hub's relevance order (not stars). Groups are ordered so that filtering this list by a
 *  term (name or description, case-insensitive) and keeping its order gives that term's own group first, e.g.
 *  `docker search nginx`; a row that matches two terms sits in the later group. The nginx rows are the
 *  ones of docker-cli.md §3.4; other star counts are illustrative, of the right magnitude. An empty description is
 *  real (some repositories have none). */
import type { SearchEntry } from '../hub-image'

type Row = [name: string, description: string, stars: number]

const official = (name: string, description: string, stars: number): SearchEntry => ({ name, description, stars, official: true })
const community = (rows: Row[]): SearchEntry[] => rows.map(([name, description, stars]) => ({ name, description, stars, official: false }))

export const searchIndex: SearchEntry[] = [
  official('nginx', 'Official build of Nginx.', 20870),
  official('debian', 'Debian is a Linux distribution that\'s composed entirely of free and open-source software.', 5220),
  official('ubuntu', 'Ubuntu is a Debian-based Linux operating system based on free software.', 17830),
  official('alpine', 'A minimal Docker image based on Alpine Linux with a complete package index and only 5 MB in size!', 11290),
  official('centos', 'DEPRECATED; The official build of CentOS.', 7770),
  official('busybox', 'Busybox base image.', 3440),
  official('hello-world', 'Hello World! (an example of minimal Dockerization)', 2410),
  official('httpd', 'The Apache HTTP Server Project', 4920),
  official('redis', 'Redis is the world’s fastest data platform for caching, vector search, and NoSQL databases.', 13170),
  official('mysql', 'MySQL is a widely used, open-source relational database management system (RDBMS).', 15870),
  official('postgres', 'The PostgreSQL object-relational database system provides reliability and data integrity.', 14290),
  official('node', 'Node.js is a JavaScript-based platform for server-side and networking applications.', 13890),
  official('python', 'Python is an interpreted, interactive, object-oriented, open-source programming language.', 10060),
  official('registry', 'Distribution implementation for storing and distributing of container images and artifacts', 4260),

  // ubuntu
  ...community([
    ['ubuntu/squid', 'Squid is a caching proxy for the Web. Long-term tracks maintained by Canonical.', 101],
    ['ubuntu/bind9', 'BIND 9 is a very flexible, full-featured DNS system. Long-term tracks maintained by Canonical.', 109],
    ['ubuntu/apache2', 'Apache, a secure & extensible open-source HTTP server. Long-term tracks maintained by Canonical.', 83],
    ['ubuntu/prometheus', 'Prometheus is a systems and service monitoring system. Long-term tracks maintained by Canonical.', 71],
    ['ubuntu/dotnet-runtime', 'Chiselled Ubuntu runtime image for .NET apps. Long-term tracks maintained by Canonical.', 22],
    ['ubuntu/kafka', 'Apache Kafka, a distributed event streaming platform. Long-term tracks maintained by Canonical.', 53],
    ['ubuntu/grafana', 'Grafana, a feature rich metrics dashboard & graph editor. Long-term tracks maintained by Canonical.', 12],
    ['ubuntu/jre', 'Distroless Java runtime based on Ubuntu. Long-term tracks maintained by Canonical.', 17],
    ['ubuntu/chiselled-jre', '[MOVED TO ubuntu/jre] Chiselled JRE: distroless Java runtime based on Ubuntu.', 3],
    ['ubuntu/cortex', 'Cortex provides storage for Prometheus. Long-term tracks maintained by Canonical.', 4],
    ['ubuntu/zookeeper', 'ZooKeeper maintains configuration information, etc. Long-term tracks maintained by Canonical.', 13],
    ['kasmweb/ubuntu-jammy-desktop', 'Ubuntu productivity desktop for Kasm Workspaces', 59],
    ['dorowu/ubuntu-desktop-lxde-vnc', 'Docker image to provide HTML5 VNC interface to access Ubuntu LXDE and LXQt desktop environment', 499],
  ]),

  // nginx
  ...community([
    ['nginx/nginx-ingress', 'NGINX and  NGINX Plus Ingress Controllers for Kubernetes', 101],
    ['nginx/nginx-prometheus-exporter', 'NGINX Prometheus Exporter for NGINX and NGINX Plus', 50],
    ['nginx/unit', 'This repository is retired, use the Docker official images: https://hub.docker.com/_/unit', 66],
    ['nginx/nginx-ingress-operator', 'NGINX Ingress Operator for NGINX and NGINX Plus Ingress Controllers', 2],
    ['nginx/nginx-quic-qns', 'NGINX QUIC interop', 1],
    ['nginx/nginxaas-loadbalancer-kubernetes', '', 1],
    ['nginx/unit-preview', 'Unit preview features', 0],
    ['bitnami/nginx', 'Bitnami container image for NGINX', 200],
    ['nginxinc/nginx-unprivileged', 'Unprivileged NGINX Dockerfiles', 157],
    ['bitnami/nginx-ingress-controller', 'Bitnami container image for NGINX Ingress Controller', 34],
    ['ubuntu/nginx', 'Nginx, a high-performance reverse proxy & web server. Long-term tracks maintained by Canonical.', 131],
    ['rancher/nginx-ingress-controller', '', 11],
    ['linuxserver/nginx', 'An Nginx container, brought to you by LinuxServer.io.', 230],
    ['nginxinc/nginx-s3-gateway', 'Authenticating and caching gateway based on NGINX for S3 API back-ends', 7],
    ['nginxinc/amplify-agent', 'NGINX Amplify Agent docker repository', 1],
    ['jwilder/nginx-proxy', 'Automated nginx proxy for Docker containers using docker-gen', 2280],
    ['nginxproxy/nginx-proxy', 'Automated nginx proxy for Docker containers using docker-gen', 166],
    ['jc21/nginx-proxy-manager', 'Docker container for managing Nginx proxy hosts with a simple, powerful interface', 612],
  ]),

  // alpine
  ...community([
    ['alpine/git', 'A simple git container running in alpine linux, especially for tiny linux distro.', 248],
    ['alpine/curl', '', 11],
    ['alpine/socat', 'Run socat command in alpine container', 106],
    ['alpine/helm', 'Auto-trigger docker build for kubernetes helm when new release is announced', 69],
    ['alpine/k8s', 'Kubernetes toolbox for EKS (kubectl, helm, iam-authenticator, eksctl, etc)', 66],
    ['alpine/openssl', 'openssl', 8],
    ['alpine/terragrunt', 'Auto-trigger docker build for terragrunt when new terraform version released', 18],
    ['alpine/httpie', 'Auto-trigger docker build for `httpie` when new release is announced', 19],
    ['alpine/bombardier', 'Auto-trigger docker build for bombardier when new release is announced', 29],
    ['alpine/ansible', 'run ansible and ansible-playbook in docker', 22],
    ['alpinelinux/docker-cli', 'Simple and lightweight Alpine Linux image with only Docker CLI installed.', 10],
    ['alpinelinux/alpine-gitlab-ci', 'Build Alpine Linux packages with Gitlab CI', 3],
    ['grafana/alpine', 'Alpine Linux with ca-certificates package installed', 6],
    ['bitnami/git', 'Bitnami container image for Git', 22],
    ['frolvlad/alpine-glibc', 'Alpine Docker image with glibc (~12MB)', 268],
  ]),

  // debian
  ...community([
    ['bitnami/minideb', 'A minimalist Debian-based image built specifically to be used as a base image for containers', 190],
    ['bitnami/debian-base-buildpack', 'Debian base compilation image', 2],
    ['kasmweb/debian-bookworm-desktop', 'Debian Bookworm desktop for Kasm Workspaces', 9],
    ['debian/eol', 'Old, End-of-Life Debian releases', 10],
    ['debian/snapshot', 'Debian Snapshot images', 5],
    ['ustclug/debian', 'Debian image with the USTC mirror', 2],
    ['osrf/debian_armhf', 'Debian Jessie for armhf', 3],
    ['jdeathe/debian-ssh', 'Debian with OpenSSH', 0],
    ['balenalib/intel-nuc-debian', 'This image is part of the balena.io base image series for IoT devices.', 0],
    ['dockershelf/debian', 'Slim Debian base images', 0],
  ]),

  // centos
  ...community([
    ['kasmweb/centos-7-desktop', 'CentOS 7 desktop for Kasm Workspaces', 43],
    ['centos/systemd', 'systemd enabled base container.', 115],
    ['centos/nginx-116-centos7', 'Platform for running nginx 1.16 or building nginx-based application', 1],
    ['centos/php-73-centos7', 'Platform for building and running PHP 7.3 applications', 3],
    ['ansible/centos7-ansible', 'Ansible on Centos7', 137],
    ['jdeathe/centos-ssh', 'OpenSSH / Supervisor / EPEL/IUS/SCL Repos - CentOS.', 121],
  ]),

  // busybox
  ...community([
    ['radial/busyboxplus', 'Full-chain, Internet enabled, busybox made from scratch. Comes in git and cURL flavors.', 53],
    ['yauritux/busybox-curl', 'Busybox with CURL', 25],
    ['progrium/busybox', '', 73],
    ['odise/busybox-curl', '', 4],
    ['joeshaw/busybox-nonroot', 'Busybox container with non-root user nobody', 2],
    ['busybox42/zimbra-docker-centos', 'A Zimbra Docker image, based in ZCS 8.8.9 and CentOS 7.', 2],
    ['prom/busybox', 'Prometheus Busybox Docker base images', 2],
    ['arm32v7/busybox', 'Busybox base image.', 10],
    ['arm64v8/busybox', 'Busybox base image.', 4],
    ['vukomir/busybox', 'busybox and curl', 1],
  ]),

  // hello-world
  ...community([
    ['rancher/hello-world', 'This container image is no longer maintained.', 6],
    ['okteto/hello-world', 'Hello world in Go', 0],
    ['crccheck/hello-world', 'Hello World web server in under 2.5 MB', 17],
    ['tutum/hello-world', 'Image to test docker deployments. Has Apache with a \'Hello World\' page listening in port 80.', 90],
    ['dockercloud/hello-world', 'Hello World!', 20],
    ['infrastructureascode/hello-world', 'A tiny "Hello World" web server with a health check endpoint.', 2],
    ['armswdev/c-hello-world', 'Simple hello-world C program on Alpine Linux docker image that can be run on both Arm and x86.', 0],
    ['ansibleplaybookbundle/hello-world-apb', 'An APB which deploys a sample Hello World! app', 1],
    ['kitematic/hello-world-nginx', 'A light-weight nginx container that demonstrates the features of Kitematic', 152],
    ['arm64v8/hello-world', 'Hello World! (an example of minimal Dockerization)', 3],
  ]),

  // httpd
  ...community([
    ['centos/httpd-24-centos7', 'Platform for running Apache httpd 2.4 or building httpd-based application', 44],
    ['centos/httpd', '', 36],
    ['clearlinux/httpd', 'httpd HyperText Transfer Protocol (HTTP) server program with the benefits of Clear Linux OS', 4],
    ['paketobuildpacks/httpd', '', 0],
    ['manageiq/httpd', 'Container with httpd, built on CentOS for ManageIQ', 1],
    ['dockerpinata/httpd', '', 1],
    ['publici/httpd', 'httpd:latest', 1],
    ['e2eteam/httpd', '', 0],
    ['manasip/httpd', '', 0],
    ['bitnami/apache', 'Bitnami container image for Apache', 115],
  ]),

  // redis
  ...community([
    ['ubuntu/redis', 'Redis, an open source key-value store. Long-term tracks maintained by Canonical.', 23],
    ['redis/redis-stack', 'redis-stack installs a Redis server with additional database capabilities', 128],
    ['redis/redis-stack-server', 'redis-stack-server installs a Redis server with additional database capabilities', 86],
    ['redis/redisinsight', 'Redis Insight - our best official GUI for Redis', 110],
    ['redis/rdi-api', '', 0],
    ['redis/rdi-operator', '', 0],
    ['redis/redis-mcp-server', 'Redis MCP Server', 1],
    ['bitnami/redis', 'Bitnami container image for Redis', 345],
    ['bitnami/redis-sentinel', 'Bitnami container image for Redis Sentinel', 50],
    ['bitnami/redis-cluster', 'Bitnami container image for Redis Cluster', 41],
    ['redislabs/redisearch', 'Redis With the RedisSearch module pre-loaded. See http://redisearch.io', 60],
    ['redislabs/redisinsight', 'RedisInsight - The GUI for Redis', 96],
    ['redislabs/rejson', 'RedisJSON - Enhanced JSON data type processing for Redis', 53],
    ['redislabs/redis', 'Clustered in-memory database engine compatible with open source Redis by Redis Labs', 38],
    ['rediscommander/redis-commander', 'Alpine image for redis-commander - Redis management tool.', 223],
    ['oliver006/redis_exporter', 'Prometheus Exporter for Redis Metrics. Supports Redis 2.x, 3.x, 4.x, 5.x, 6.x, and 7.x', 52],
  ]),

  // mysql
  ...community([
    ['ubuntu/mysql', 'MySQL open source fast, stable, multi-thread database. Long-term tracks maintained by Canonical.', 66],
    ['centos/mysql-57-centos7', 'MySQL 5.7 SQL database server', 98],
    ['mysql/mysql-server', 'Optimized MySQL Server Docker images. Create by the MySQL team, maintained by Oracle', 1037],
    ['mysql/mysql-router', 'MySQL Router provides transparent routing between your application and any backend MySQL Servers.', 28],
    ['mysql/mysql-cluster', 'Experimental MySQL Cluster Docker images. Created and maintained by the MySQL team at Oracle', 101],
    ['mysql/mysql-operator', 'MySQL Operator for Kubernetes', 1],
    ['bitnami/mysql', 'Bitnami container image for MySQL', 122],
    ['bitnami/mysqld-exporter', 'Bitnami container image for MySQL Server Exporter', 7],
    ['cimg/mysql', '', 3],
    ['circleci/mysql', 'MySQL is a widely used, open-source relational database management system (RDBMS).', 30],
    ['google/mysql', 'MySQL server for Google Compute Engine', 25],
    ['prom/mysqld-exporter', '', 99],
    ['databack/mysql-backup', 'Back up mysql databases to... anywhere!', 112],
    ['linuxserver/mysql-workbench', 'A Mysql-workbench container, brought to you by LinuxServer.io.', 80],
    ['linuxserver/mysql', 'A Mysql container, brought to you by LinuxServer.io.', 42],
  ]),

  // postgres
  ...community([
    ['ubuntu/postgres', 'PostgreSQL is an open source object-relational database. Long-term tracks maintained by Canonical.', 41],
    ['centos/postgresql-96-centos7', 'PostgreSQL is an advanced Object-Relational database management system', 45],
    ['bitnami/postgresql', 'Bitnami container image for PostgreSQL', 268],
    ['bitnami/postgresql-repmgr', 'Bitnami container image for PostgreSQL with Replication Manager', 30],
    ['postgis/postgis', 'Spatial database extension for PostgreSQL object-relational database', 492],
    ['cimg/postgres', '', 4],
    ['circleci/postgres', 'The PostgreSQL object-relational database system provides reliability and data integrity.', 32],
    ['prometheuscommunity/postgres-exporter', 'A Prometheus exporter for PostgreSQL', 51],
    ['debezium/postgres', 'PostgreSQL for use with Debezium change data capture', 81],
    ['supabase/postgres', 'Unmodified Postgres with some useful plugins.', 37],
    ['timescale/timescaledb', 'An open-source time-series database optimized for fast ingest and complex queries.', 120],
    ['dpage/pgadmin4', 'pgAdmin 4 is a web based administration tool for the PostgreSQL database.', 1417],
    ['clkao/postgres-plv8', 'Docker image for running PLV8 1.4 on Postgres 9.3, 9.4, 9.5 and 9.6', 5],
  ]),

  // node
  ...community([
    ['mhart/alpine-node', 'Minimal Node.js built on Alpine Linux', 487],
    ['cimg/node', 'The CircleCI Node.js Docker Convenience Image.', 14],
    ['circleci/node', 'Node.js is a JavaScript-based platform for server-side and networking applications.', 132],
    ['bitnami/node', 'Bitnami container image for NodeJS', 80],
    ['bitnami/node-exporter', 'Bitnami container image for Node Exporter', 19],
    ['prom/node-exporter', '', 467],
    ['kindest/node', 'sigs.k8s.io/kind node image', 107],
    ['rancher/node', '', 0],
    ['chainguard/node', 'Build, ship and run secure software with Chainguard\'s low-to-zero CVE container images.', 2],
    ['ubuntu/node', '', 0],
    ['iron/node', 'Tiny Node image', 19],
  ]),

  // python
  ...community([
    ['ubuntu/python', 'A chiselled Ubuntu rock with the Python runtime', 28],
    ['centos/python-36-centos7', 'Platform for building and running Python 3.6 applications', 40],
    ['circleci/python', 'Python is an interpreted, interactive, object-oriented, open-source programming language.', 44],
    ['cimg/python', '', 7],
    ['bitnami/python', 'Bitnami container image for Python', 29],
    ['chainguard/python', 'Build, ship and run secure software with Chainguard\'s low-to-zero CVE container images.', 2],
    ['okteto/python', '', 0],
    ['kasmweb/python', '', 0],
    ['nikolaik/python-nodejs', 'Python with Node.js', 125],
    ['tiangolo/uvicorn-gunicorn-fastapi', 'Docker image with Uvicorn managed by Gunicorn for high-performance FastAPI web applications in Python', 252],
    ['jupyter/base-notebook', 'Small base image for Jupyter Notebook stacks from https://github.com/jupyter/docker-stacks', 220],
  ]),

  // registry
  ...community([
    ['distribution/distribution', 'The toolkit to pack, ship, store, and deliver container content', 2],
    ['joxit/docker-registry-ui', 'Docker registry v2 web User Interface', 218],
    ['konradkleine/docker-registry-frontend', 'Browse and modify your Docker registry in a browser.', 297],
    ['bitnami/harbor-registry', 'Bitnami container image for Harbor Registry', 4],
    ['goharbor/registry-photon', '', 5],
    ['rancher/registry', '', 1],
    ['parabuzzle/craneoperator', 'A Docker Registry UI that lets you explore your private registry', 29],
    ['hyper/docker-registry-web', 'Web UI, authentication service and event recorder for private docker registry v2', 66],
    ['klausmeyer/docker-registry-browser', 'Web Interface for the Docker Registry HTTP API V2', 16],
    ['jc21/registry-ui', 'A read-only UI for Private Docker Registries', 8],
  ]),
]
